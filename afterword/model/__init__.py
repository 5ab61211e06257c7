"""The interview record: what happened, who was there, and what the candidate wants to say."""
