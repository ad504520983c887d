import type { Resolvers } from '../generated/resolvers.js';
import { CitationCount, CoCitation } from './analytics.js';
import { Directive } from './Directive.js';
import { Document, Place } from './Document.js';
import { Meeting } from './Meeting.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { Citation, Evidence, Participation, Position } from './relationships.js';
import { DateScalar, Node, SearchNode } from './scalars.js';
import { TimelineEntry } from './timeline.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Node,
  SearchNode,
  Query,
  Mutation,
  Meeting,
  Directive,
  Person,
  Organization,
  Document,
  Place,
  Citation,
  Participation,
  Position,
  Evidence,
  CitationCount,
  CoCitation,
  TimelineEntry,
};
