import { randomBytes } from 'node:crypto';
import { LearningErrorReason } from '@living-lab/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { User } from '../users';
import { Certificate, CertificateKind } from './certificate.entity';
import type { CertificateVerification } from './learning.models';

export const ISSUER_NAME = 'Digital Services Living Lab, Pemerintah Kabupaten Sumedang';

/** Crockford base32 without look-alikes: codes are read aloud and typed from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 random symbols (60 bits) shown as XXXX-XXXX-XXXX. */
export function newCertificateCode(): string {
  const bytes = randomBytes(12);
  const symbols = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}`;
}

@Injectable()
export class CertificateService {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issued once per learner and module: the partial unique index turns a second issue into a no-op. */
  async issueForModule(manager: EntityManager, learner: User, itemId: string, title: string): Promise<void> {
    await manager.query(
      `INSERT INTO certificates (code, kind, user_id, item_id, recipient_name, title)
       VALUES ($1, 'MODULE', $2, $3, $4, $5)
       ON CONFLICT (user_id, item_id) WHERE kind = 'MODULE' DO NOTHING`,
      [newCertificateCode(), learner.id, itemId, learner.fullName, title],
    );
  }

  /** Every path containing the module whose modules are now all complete earns its certificate. */
  async issueForCompletedPaths(manager: EntityManager, learner: User, itemId: string): Promise<void> {
    const paths: Array<{ id: string; title: string }> = await manager.query(
      `SELECT p.id, p.title FROM learning_paths p
       WHERE EXISTS (SELECT 1 FROM learning_path_steps s WHERE s.path_id = p.id AND s.item_id = $2)
         AND NOT EXISTS (
           SELECT 1 FROM learning_path_steps s
           WHERE s.path_id = p.id
             AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = $1 AND e.item_id = s.item_id AND e.completed_at IS NOT NULL))`,
      [learner.id, itemId],
    );
    for (const path of paths) {
      await manager.query(
        `INSERT INTO certificates (code, kind, user_id, path_id, recipient_name, title)
         VALUES ($1, 'PATH', $2, $3, $4, $5)
         ON CONFLICT (user_id, path_id) WHERE kind = 'PATH' DO NOTHING`,
        [newCertificateCode(), learner.id, path.id, learner.fullName, path.title],
      );
    }
  }

  mine(userId: string): Promise<Certificate[]> {
    return this.certificates.find({ where: { userId }, order: { issuedAt: 'DESC' } });
  }

  /** Public: shows who earned what and when, nothing else about the person. */
  async verify(code: string, baseUrl: string = this.config.publicUrl): Promise<CertificateVerification> {
    const normalised = code.trim().toUpperCase();
    const certificate = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(normalised)
      ? await this.certificates.findOneBy({ code: normalised })
      : null;
    if (!certificate) throw new NotFoundError(LearningErrorReason.CERTIFICATE_NOT_FOUND);
    return {
      code: certificate.code,
      recipientName: certificate.recipientName,
      title: certificate.title,
      kind: certificate.kind,
      issuedAt: certificate.issuedAt,
      issuer: ISSUER_NAME,
      credentialJson: JSON.stringify(openBadgeCredential(certificate, baseUrl), null, 2),
    };
  }
}

/**
 * An Open Badges 3.0 OpenBadgeCredential (a W3C Verifiable Credential, JSON-LD). It is not signed:
 * verification is by the issuer's page at `id`. Signing (eddsa-rdfc-2022 or VC-JWT) needs an issuer
 * key and its publication, left for later.
 */
export function openBadgeCredential(certificate: Certificate, baseUrl: string) {
  const verifyUrl = `${baseUrl}/verify/${certificate.code}`;
  const achievementId =
    certificate.kind === CertificateKind.MODULE ? `${baseUrl}/konten/${certificate.itemId}` : `${baseUrl}/jalur/${certificate.pathId}`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: certificate.title,
    issuer: { id: baseUrl, type: ['Profile'], name: ISSUER_NAME },
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: certificate.recipientName,
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: certificate.kind === CertificateKind.MODULE ? 'Course' : 'LearningProgram',
        name: certificate.title,
        description:
          certificate.kind === CertificateKind.MODULE
            ? `Menyelesaikan modul "${certificate.title}" di Living Lab.`
            : `Menyelesaikan jalur belajar "${certificate.title}" di Living Lab.`,
        criteria: { narrative: 'Menyelesaikan semua pelajaran dan lulus kuis modul di Living Lab.' },
      },
    },
  };
}
