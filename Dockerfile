# skillgraph server image: compiled TypeScript on Node.js 20.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY src ./src
# The browser bundles are built here (dist/web), so the runtime image needs neither src/ nor esbuild.
COPY scripts/build-web.ts ./scripts/
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
# The pages' HTML; their scripts and styles come prebuilt from dist/web.
COPY web ./web
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
