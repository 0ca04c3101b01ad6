import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { CertificateCredential, CertificateVerification } from './learning.models';

@Resolver(() => Certificate)
export class CertificateResolver {
  constructor(private readonly certificates: CertificateService) {}

  @SignedIn()
  @Query(() => [Certificate])
  myCertificates(@CurrentUser() learner: User): Promise<Certificate[]> {
    return this.certificates.mine(learner.id);
  }

  @Public()
  @Query(() => CertificateVerification, { description: 'Public: who earned what and when, and whether it holds, for /verify/<code>.' })
  verifyCertificate(
    @Args('code') code: string,
    @Args('credential', { nullable: true, description: 'A holder’s copy (VC-JWT) to check against the record.' }) credential?: string,
  ): Promise<CertificateVerification> {
    return this.certificates.verify(code, credential);
  }

  @SignedIn()
  @Query(() => CertificateCredential, { description: 'The learner’s own signed credential (VC-JWT and JSON); others get NOT_FOUND.' })
  myCertificateCredential(@CurrentUser() learner: User, @Args('code') code: string): Promise<CertificateCredential> {
    return this.certificates.credentialOf(code, learner);
  }
}
