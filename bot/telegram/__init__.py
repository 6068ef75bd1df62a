"""The Telegram shell: build_application(settings), thin handlers, sending and rendering."""
