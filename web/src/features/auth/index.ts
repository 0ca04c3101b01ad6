/** What other web features may use of auth: the password-strength checker (loaded on demand). */
export { loadPasswordChecker } from './components/password-checker';
