import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { pgPoolProvider } from '../database/pg-pool';
import { UsersModule } from '../users';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Module({
  imports: [JwtModule.register({}), UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    PasswordHasher,
    TokenService,
    LoginThrottle,
    pgPoolProvider,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordHasher],
})
export class AuthModule {}
