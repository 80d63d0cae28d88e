"""The page served by sitrep.serve.api: static assets and their build step."""
