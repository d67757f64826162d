"""The shared teaching interface: figure style, display, interactive diagrams, exercises, quiz."""
