"""The plan: when each thank-you note and follow-up should go out, the send guard, and calendar files."""
