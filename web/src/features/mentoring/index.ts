/** What other features may use from mentoring: the home page's cards. */
export { HomeMentoringCards } from './components/HomeMentoringCards';
