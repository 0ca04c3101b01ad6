import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { pgPoolProvider } from '../database/pg-pool';
import { MailModule } from '../mail';
import { RegionMembershipModule } from '../region-membership';
import { UsersModule } from '../users';
import { AccessGuard } from './access.guard';
import { AccountRecoveryService } from './account-recovery.service';
import { AccountToken } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Module({
  imports: [JwtModule.register({}), TypeOrmModule.forFeature([AccountToken]), UsersModule, RegionMembershipModule, MailModule],
  providers: [
    AuthService,
    AuthResolver,
    AccountRecoveryService,
    AccountTokensService,
    PasswordHasher,
    TokenService,
    LoginThrottle,
    pgPoolProvider,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordHasher, TokenService],
})
export class AuthModule {}
