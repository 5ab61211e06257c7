"""Reading the user's mailbox: which mails answer Afterword's notes, and what they say."""
