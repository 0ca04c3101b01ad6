export * from './accounts/account-rules';
export * from './content/content-rules';
export * from './content/markdown';
export * from './learning/quiz-rules';
export * from './locales';
export * from './roles';
export * from './spbe/framework';
export * from './spbe/index-arithmetic';
export { PERMENPANRB_59_2020 } from './spbe/permenpanrb-59-2020';
