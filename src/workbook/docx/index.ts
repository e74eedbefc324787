/** The report writer: the engine's report model as a .docx (Node and browser). */
export { reportDocument, reportDocxBytes } from './renderReport';
