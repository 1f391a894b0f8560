// The browsable API page: Swagger UI served by the rest bundle itself (no CDN), reading the generated document.
// Read only: no "Try it out" (calls need an account; use curl or the integration's own client).
window.ui = SwaggerUIBundle({
  url: "../openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  supportedSubmitMethods: [],
  defaultModelsExpandDepth: 0,
  filter: true // a box to find a tag (applications, meeting...): the list is long
});
