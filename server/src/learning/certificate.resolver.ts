import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { CertificateVerification } from './learning.models';

@Resolver(() => Certificate)
export class CertificateResolver {
  constructor(private readonly certificates: CertificateService) {}

  @SignedIn()
  @Query(() => [Certificate])
  myCertificates(@CurrentUser() learner: User): Promise<Certificate[]> {
    return this.certificates.mine(learner.id);
  }

  @Public()
  @Query(() => CertificateVerification, { description: 'Public: who earned what and when, for /verify/<code>.' })
  verifyCertificate(@Args('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code);
  }
}
