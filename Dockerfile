# syntax=docker/dockerfile:1
# Production image of the CdP portal: built in one stage, run in a slim one as a non-root user.
# Migrations are not run here: docker-compose.yml has a one-shot `migrate` service for that.

FROM python:3.12-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /venv
COPY pyproject.toml README.md manage.py gunicorn.conf.py ./
COPY site ./site
COPY cdp_pages ./cdp_pages
COPY learning_paths ./learning_paths
COPY search ./search
COPY templates ./templates
COPY locale ./locale
# Editable, so that the settings find templates/ and locale/ beside the code in /app.
RUN /venv/bin/pip install -e .

FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=cdp_site.settings.production \
    VAR_DIR=/app/var \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/media \
    PORT=8000
RUN groupadd --system --gid 10001 cdp \
    && useradd --system --uid 10001 --gid cdp --home-dir /app --no-create-home cdp
COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
# collectstatic needs the settings but no secret and no database: a throwaway key will do.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/var /app/media \
    && chown -R 10001:10001 /app/var /app/media
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD ["python", "-c", "import os, socket; socket.create_connection(('127.0.0.1', int(os.environ['PORT'])), 4)"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "cdp_site.wsgi:application"]
