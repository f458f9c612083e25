// Progressive enhancement for the admin portal: every page works without it.
(() => {
  "use strict";

  // Charts: configurations come from the server in #chart-data, keyed by canvas id.
  function drawCharts() {
    const source = document.getElementById("chart-data");
    if (!source || typeof Chart === "undefined") return;
    const charts = JSON.parse(source.textContent);
    for (const [id, config] of Object.entries(charts)) {
      const canvas = document.getElementById(id);
      if (canvas) new Chart(canvas, config);
    }
  }

  // Live parts: [data-refresh] elements re-fetch their HTML every data-every seconds, unless the admin is
  // typing in them (a refresh must never eat a half-written reason).
  function keepFresh(element) {
    const every = Math.max(2, Number(element.dataset.every || 5)) * 1000;
    const refresh = async () => {
      const typing = element.contains(document.activeElement)
        && ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName);
      const dirty = [...element.querySelectorAll("input:not([type=hidden]), textarea")].some((field) => field.value);
      if (!typing && !dirty && !document.hidden) {
        try {
          const response = await fetch(element.dataset.refresh, { credentials: "same-origin" });
          if (response.redirected && response.url.includes("/portal/sign-in")) {
            window.location = response.url;
            return;
          }
          if (response.ok) element.innerHTML = await response.text();
        } catch (e) {
          // The next tick tries again; the page keeps what it shows.
        }
      }
      setTimeout(refresh, every);
    };
    setTimeout(refresh, every);
  }

  function enhance() {
    drawCharts();
    document.querySelectorAll("[data-refresh]").forEach(keepFresh);
    document.querySelectorAll("select[data-autosubmit]").forEach((select) =>
      select.addEventListener("change", () => select.form.submit()));
    document.querySelectorAll("form[data-confirm]").forEach((form) =>
      form.addEventListener("submit", (event) => {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      }));
    // Export links follow the period chosen above them.
    const period = document.getElementById("export-period");
    if (period) {
      period.addEventListener("change", () => {
        const from = period.elements.from.value;
        const to = period.elements.to.value;
        document.querySelectorAll("a[data-period]").forEach((link) => {
          const url = new URL(link.href);
          url.searchParams.set("from", from);
          url.searchParams.set("to", to);
          link.href = url.toString();
        });
      });
    }
  }

  document.addEventListener("DOMContentLoaded", enhance);
})();
