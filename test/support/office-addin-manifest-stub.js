// Stands in for the ESM-only office-addin-manifest package, of which office-addin-mock only needs the host names.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
