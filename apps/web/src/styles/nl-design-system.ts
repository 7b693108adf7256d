// The NL Design System look: the Utrecht design tokens and the CSS of only the components this app
// uses (the whole component library's stylesheet alone is 32 kB gzipped). Imported
// from here rather than with CSS @import, so Vite handles each file's own @charset.
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/link-button-css/dist/index.css';
import '@utrecht/ordered-list-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
