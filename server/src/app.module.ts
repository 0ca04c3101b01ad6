import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { DataSourceOptions } from 'typeorm';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditModule } from './audit';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { DomainErrorHttpFilter } from './common/errors/domain-error-http.filter';
import { webAppStaticOptions } from './common/http/web-app-static';
import { StorageModule } from './common/storage/storage.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContentModule } from './content/content.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { dataSourceOptions } from './database/data-source-options';
import { initializeWithMigrations } from './database/migrate-under-lock';
import { DiscussionsModule } from './discussions/discussions.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs';
import { LearningModule } from './learning/learning.module';
import { MailModule } from './mail';
import { MentoringModule } from './mentoring/mentoring.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RateLimitsModule } from './rate-limits';
import { RegionMembershipModule } from './region-membership';
import { RegionsModule } from './regions/regions.module';
import { ReplicationModule } from './replication/replication.module';
import { SeedModule } from './seed/seed.module';
import { SpbeModule } from './spbe/spbe.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const webIndex = path.join(config.webDistDir, 'index.html');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              // One id per request, taken from a proxy's X-Request-Id when present, echoed back.
              genReqId: (request, response) => {
                const incoming = request.headers['x-request-id'];
                const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
                response.setHeader('X-Request-Id', id);
                return id;
              },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              autoLogging: { ignore: (request) => request.url === '/health' },
            },
            // Production writes its lines asynchronously (pino flushes them on exit): a synchronous
            // write per request was a quarter of `me`'s CPU under load. Elsewhere lines appear at once.
            pino.destination({ sync: config.nodeEnv !== 'production' }),
          ],
        }),
        // A few retries cover a database container that starts a little after the app.
        // Migrations run under an advisory lock (replicas may start together): database/migrate-under-lock.ts.
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(databaseUrl), logging: ['warn', 'migration'], retryAttempts: 5, retryDelay: 2000 }),
          dataSourceFactory: async (options) => initializeWithMigrations(options as DataSourceOptions),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) => graphqlOptions(config, moduleRef),
        }),
        // The built web app, with index.html for every client-side route; absent in API-only tests.
        ...(existsSync(webIndex)
          ? [
              ServeStaticModule.forRoot(
                webAppStaticOptions(config.webDistDir, [
                  '/graphql{/*path}',
                  '/health{/*path}',
                  '/calendar{/*path}',
                  '/exports{/*path}',
                  '/credentials{/*path}',
                  '/mail{/*path}',
                  '/api{/*path}',
                ]),
              ),
            ]
          : []),
        CommonModule,
        JobsModule,
        MailModule,
        AuditModule,
        StorageModule,
        AuthModule,
        RateLimitsModule,
        UsersModule,
        RegionsModule,
        RegionMembershipModule,
        SpbeModule,
        ContentModule,
        LearningModule,
        MentoringModule,
        AssessmentsModule,
        ReplicationModule,
        DashboardsModule,
        DiscussionsModule,
        NotificationsModule,
        SeedModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorHttpFilter }],
    };
  }
}
