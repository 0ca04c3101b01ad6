/** The users feature's public API: accounts, profiles and roles. */
export { Person } from './person.model';
export { canSignIn, LocaleEnum, RoleEnum, SERVICE_ACCOUNT_PASSWORD_HASH, User } from './user.entity';
export { type UsersLoaderSet, UsersLoaders } from './users.loaders';
export { UsersModule } from './users.module';
export { type NewAccount, type RoleGrantListener, type UserFilter, UsersService } from './users.service';
