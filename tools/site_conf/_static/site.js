// A wide table in a notebook's output scrolls sideways: let the keyboard reach it too
// (focusable, with a name), as a mouse or a touch screen can.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll(".cell_output .output")) {
    if (box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Wide output: scroll sideways with the arrow keys");
    }
  }
});
