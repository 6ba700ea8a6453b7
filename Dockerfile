# Signaalroute as a container image (issue 10). Build: docker build -t signaalroute .
# Run with compose.yaml (PostgreSQL beside it), or alone with the embedded database on a volume.

# 1. Build: install everything, build the front end and the server, keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# 2. Run: no build tools, no sources, not root; the root filesystem can be mounted read-only
#    (everything written goes to /data: the key file, and the embedded database when used).
FROM node:20-bookworm-slim
# MALLOC_MMAP_THRESHOLD_: memory the JavaScript engine frees goes back to the system (ADR 36).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data CONTENT_DIR=/app/content LOG_FORMAT=json MALLOC_MMAP_THRESHOLD_=65536
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/v1/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --max-old-space-size: as npm start (ADR 36).
CMD ["node", "--max-old-space-size=512", "dist/server/main.js"]
