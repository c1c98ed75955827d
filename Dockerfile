# Image for the worker and CLI in docker-compose.yml (not built on the project's machines).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY schemas ./schemas
COPY fixtures ./fixtures
RUN pip install --no-cache-dir .
ENTRYPOINT []
CMD ["dyadwatch", "--help"]
