"""The web app's pages, one module each: read the form, call one service, render one template."""
