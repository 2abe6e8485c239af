/** The draft workspace's handle on `window.api`: the app's accessor under the name the workspace uses. */
export { api as draftApi, errorText } from '../app/api';
