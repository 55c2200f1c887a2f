// Small conveniences; every page works without them.
"use strict";
document.addEventListener("keydown", (e) => {
  // "/" jumps to the search box, as on many sites.
  const box = document.getElementById("q");
  if (e.key === "/" && box && document.activeElement !== box &&
      !["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName)) {
    e.preventDefault();
    box.focus();
    box.select();
  }
});
// A confirmation before a link is removed.
document.addEventListener("submit", (e) => {
  const action = e.target.querySelector("input[name=atgard]");
  if (action && action.value === "ta-bort" &&
      !window.confirm("Ta bort länken? Posten följs då som en egen rekommendation.")) {
    e.preventDefault();
  }
});
// On a phone the search's facets stand above the hits, folded: the hits come
// first into view, and one tap opens the facets.
const facetPanel = document.querySelector(".facet-panel");
if (facetPanel && window.matchMedia("(max-width: 760px)").matches) facetPanel.open = false;
