"""The pure core: no Telegram, no database, no clock. knowledge.py alone reads the FAQ files."""
