// Print buttons: shown only where JavaScript runs (the page says how to
// print without it). Kept out of the HTML so the Content-Security-Policy
// can forbid inline scripts.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
