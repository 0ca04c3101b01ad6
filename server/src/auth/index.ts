/**
 * The auth feature's public API: sign-in, sessions and password hashing. The access decorators every
 * resolver states its rule with (`@Public`, `@SignedIn`, `@Can`) and `@CurrentUser` are
 * infrastructure in `common/access/`, so that users and regions, which auth builds on, use them too.
 */
export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export { PasswordHasher } from './password-hasher';
export { requestToken, sessionCookieName } from './session-cookie';
export { TokenService } from './token.service';
