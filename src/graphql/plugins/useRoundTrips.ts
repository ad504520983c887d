import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/**
 * Adds `extensions.roundTrips` (database calls this request made) to each
 * response, so a dashboard author sees an N+1 at once. Off with KG_ROUND_TRIPS=off.
 */
export function useRoundTrips(enabled: boolean): Plugin<Context> {
  if (!enabled) return {};
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          // Plugin<Context> types the execution's context as ours: its counting engine, no cast.
          setResult({ ...result, extensions: { ...result.extensions, roundTrips: args.contextValue.engine.roundTrips } });
        },
      };
    },
  };
}
