import { analystStore } from '../fixtures/analystGraph.js';
import { runAnalystQuestions } from './analystQuestions.js';

runAnalystQuestions('Grafeo (embedded)', analystStore);
