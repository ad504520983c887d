# The app image: build the TypeScript, then run `kg` (npm start = migrate, load seeds/, serve GraphQL on 4000).
FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
# The explorer is bundled at build time (scripts/buildExplorer.ts: explorer/ and the grass style → dist/web/).
COPY explorer ./explorer
COPY scripts ./scripts
COPY neo4j ./neo4j
# --ignore-scripts: `prepare` would build before the sources are all in place; we build explicitly below.
# npm install rather than npm ci: the lock cannot list the platform binaries our registry lacks (see .ci/run).
RUN npm install --no-audit --no-fund --ignore-scripts
# The lock file records Grafeo's native binary for the platform it was made on
# (linux-x64-gnu); on another architecture (arm64 hosts) fetch the matching one.
RUN node -e "require('@grafeo-db/js')" 2>/dev/null \
  || npm install --no-save --no-audit --no-fund --ignore-scripts "@grafeo-db/js-linux-$(node -p process.arch)-gnu@0.6.0"
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 KG_SEEDS=seeds
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Read at run time beside dist/: the query files (cypher/) and the GraphQL SDL (schema/); seeds/ is what `start` loads.
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
# The embedded engine's file lives in data/ when NEO4J_URI is not set.
RUN mkdir -p data && chown node:node data
EXPOSE 4000
USER node
CMD ["node", "dist/cli/main.js", "start"]
