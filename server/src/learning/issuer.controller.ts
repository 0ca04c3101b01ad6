import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../common/access/access-decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ISSUER_NAME } from './certificate.service';
import { CredentialIssuer } from './certificate-credential';

/** The issuer profile at the credentials' `issuer.id`, and its key as a JWK Set: public, cacheable. */
@Controller('credentials')
export class IssuerController {
  constructor(
    private readonly issuer: CredentialIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('issuer')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  profile() {
    return this.issuer.profile(this.config.publicUrl, ISSUER_NAME);
  }

  @Public()
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=3600')
  jwks() {
    return { keys: [this.issuer.jwk(this.config.publicUrl)] };
  }
}
