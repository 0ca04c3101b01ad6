# Production image: builds shared, server and web, then runs the server, which serves the web app
# and /graphql on one port. The database comes from DATABASE_URL (see docker-compose.yml).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY shared shared
COPY server server
COPY web web
COPY migrations migrations
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
# HOST: listen on the container's interfaces (outside production the server keeps to 127.0.0.1).
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
# Everything the build stage kept after pruning dev dependencies (workspace links included).
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/server/src/main.js"]
