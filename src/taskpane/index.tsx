/** Entry point of the task pane bundle: waits for Office, then mounts the pane. */
import { createExcelHost } from "./excelHost";
import { mountNotice, mountPane } from "./mount";

const container = document.getElementById("root");

if (container) {
  if (typeof Office === "undefined") {
    // office.js comes from Microsoft's CDN; a blocked network leaves it undefined.
    mountNotice(container, "officeUnavailable");
  } else {
    void Office.onReady((info) => {
      mountPane(container, {
        inExcel: info.host === Office.HostType.Excel,
        displayLanguage: Office.context?.displayLanguage,
        officeTheme: Office.context?.officeTheme,
        createHost: createExcelHost,
      });
    });
  }
}
