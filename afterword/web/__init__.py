"""The local web app (`afterword web`): the same services as the CLI, in the browser."""
