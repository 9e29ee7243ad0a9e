# The app for docker-compose: built once, migrated and seeded at start.
FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production
# No secret is built in: run it with PAYLOAD_SECRET (32+ random characters, `openssl rand -base64
# 32`) and DATABASE_URL, or it refuses to start (see README, Using a PostgreSQL server).
EXPOSE 3000
CMD ["sh", "-c", "npm run payload -- migrate && npm run seed && npm start"]
