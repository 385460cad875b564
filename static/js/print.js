// "Print" buttons (data-print): shown only when scripts run, they open the browser's print dialog.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
