import { randomBytes } from 'node:crypto';
import { LearningErrorReason, NotificationKind } from '@living-lab/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { NotificationService } from '../notifications';
import { type User, UsersService } from '../users';
import { Certificate, CertificateKind } from './certificate.entity';
import { CredentialIssuer, type IdentityObject } from './certificate-credential';
import type { CertificateCredential, CertificateModuleCriteria, CertificateVerification } from './learning.models';

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
    private readonly issuer: CredentialIssuer,
    private readonly users: UsersService,
    private readonly notifications: NotificationService,
  ) {}

  /** Issued once per learner and module: the partial unique index turns a second issue into a no-op. */
  async issueForModule(manager: EntityManager, learner: User, itemId: string, title: string): Promise<void> {
    const issued: Array<{ id: string; code: string }> = await manager.query(
      `INSERT INTO certificates (code, kind, user_id, item_id, recipient_name, title)
       VALUES ($1, 'MODULE', $2, $3, $4, $5)
       ON CONFLICT (user_id, item_id) WHERE kind = 'MODULE' DO NOTHING RETURNING id, code`,
      [newCertificateCode(), learner.id, itemId, learner.fullName, title],
    );
    for (const certificate of issued) await this.notifyIssued(manager, learner.id, certificate, title);
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
      const issued: Array<{ id: string; code: string }> = await manager.query(
        `INSERT INTO certificates (code, kind, user_id, path_id, recipient_name, title)
         VALUES ($1, 'PATH', $2, $3, $4, $5)
         ON CONFLICT (user_id, path_id) WHERE kind = 'PATH' DO NOTHING RETURNING id, code`,
        [newCertificateCode(), learner.id, path.id, learner.fullName, path.title],
      );
      for (const certificate of issued) await this.notifyIssued(manager, learner.id, certificate, path.title);
    }
  }

  /** Only the learner sees their certificate page. */
  private async notifyIssued(manager: EntityManager, learnerId: string, certificate: { id: string; code: string }, title: string) {
    await this.notifications.notify(manager, {
      kind: NotificationKind.CERTIFICATE_ISSUED,
      recipientIds: [learnerId],
      object: { type: 'Certificate', id: certificate.id, link: `/sertifikat/${certificate.code}` },
      params: { title },
      dedupeKey: `certificate-issued:${certificate.id}`,
    });
  }

  mine(userId: string): Promise<Certificate[]> {
    return this.certificates.find({ where: { userId }, order: { issuedAt: 'DESC' } });
  }

  /**
   * Public: shows who earned what and when, nothing else about the person, and whether the credential
   * holds: the issuer's signature over the credential made from the stored record verifies with the
   * published key, and, when a holder's copy (`credential`, a VC-JWT) is given, that copy is signed by
   * the issuer and says exactly what the record says.
   */
  async verify(code: string, credential?: string | null, baseUrl: string = this.config.publicUrl): Promise<CertificateVerification> {
    const certificate = await this.findByCode(code);
    const criteria = await this.criteriaOf(certificate);
    const jwt = await this.signedCredential(certificate, criteria, baseUrl);
    const expected = await this.issuer.verify(jwt);
    let valid = expected !== null;
    if (valid && credential) {
      const presented = await this.issuer.verify(credential.trim());
      valid = presented !== null && JSON.stringify(presented) === JSON.stringify(expected);
    }
    return {
      code: certificate.code,
      recipientName: certificate.recipientName,
      title: certificate.title,
      kind: certificate.kind,
      issuedAt: certificate.issuedAt,
      issuer: ISSUER_NAME,
      criteria,
      valid,
    };
  }

  /** The learner's own credential to download: the signed VC-JWT and the credential as JSON. Others: NOT_FOUND. */
  async credentialOf(code: string, learner: User, baseUrl: string = this.config.publicUrl): Promise<CertificateCredential> {
    const certificate = await this.findByCode(code);
    if (certificate.userId !== learner.id) throw new NotFoundError(LearningErrorReason.CERTIFICATE_NOT_FOUND);
    const criteria = await this.criteriaOf(certificate);
    const credential = openBadgeCredential(
      certificate,
      baseUrl,
      criteria,
      this.issuer.issuerId(baseUrl),
      await this.identityOf(certificate),
    );
    return {
      code: certificate.code,
      json: JSON.stringify(credential, null, 2),
      jwt: await this.issuer.sign(credential, baseUrl),
    };
  }

  private async findByCode(code: string): Promise<Certificate> {
    const normalised = code.trim().toUpperCase();
    const certificate = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(normalised)
      ? await this.certificates.findOneBy({ code: normalised })
      : null;
    if (!certificate) throw new NotFoundError(LearningErrorReason.CERTIFICATE_NOT_FOUND);
    return certificate;
  }

  private async identityOf(certificate: Certificate): Promise<IdentityObject> {
    const learner = await this.users.findById(certificate.userId);
    if (!learner) throw new NotFoundError(LearningErrorReason.CERTIFICATE_NOT_FOUND);
    return this.issuer.identity(learner.email, certificate.code);
  }

  private async signedCredential(certificate: Certificate, criteria: CertificateModuleCriteria[], baseUrl: string): Promise<string> {
    const credential = openBadgeCredential(
      certificate,
      baseUrl,
      criteria,
      this.issuer.issuerId(baseUrl),
      await this.identityOf(certificate),
    );
    return this.issuer.sign(credential, baseUrl);
  }

  /**
   * What the learner met to earn the certificate, read from their own records up to the moment it was
   * issued (lessons completed, quizzes passed and the pass mark of the passing attempt), so a module
   * edited later, or given a quiz later, does not change what an earlier certificate says. For a
   * path: the criteria of each of its modules' certificates, in the path's order.
   */
  private async criteriaOf(certificate: Certificate): Promise<CertificateModuleCriteria[]> {
    const perModule = `SELECT c.title,
        (SELECT count(*)::int FROM lesson_completions l
         WHERE l.user_id = c.user_id AND l.item_id = c.item_id AND l.completed_at <= c.issued_at) AS lesson_count,
        COALESCE((SELECT array_agg(passed.mark ORDER BY passed.scope) FROM (
           SELECT q.scope, max(a.pass_mark_percent)::int AS mark FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
           WHERE a.user_id = c.user_id AND q.item_id = c.item_id AND a.passed AND a.started_at <= c.issued_at
           GROUP BY q.id, q.scope) passed), '{}') AS marks
      FROM certificates c`;
    const rows: Array<{ title: string; lesson_count: number; marks: number[] }> =
      certificate.kind === CertificateKind.MODULE
        ? await this.certificates.query(`${perModule} WHERE c.id = $1`, [certificate.id])
        : await this.certificates.query(
            `${perModule} JOIN learning_path_steps s ON s.item_id = c.item_id AND s.path_id = $2
             WHERE c.user_id = $1 AND c.kind = 'MODULE' AND c.issued_at <= (SELECT issued_at FROM certificates WHERE id = $3)
             ORDER BY s.position`,
            [certificate.userId, certificate.pathId, certificate.id],
          );
    return rows.map((row) => ({ title: row.title, lessonCount: row.lesson_count, quizPassMarkPercents: row.marks }));
  }
}

/** "semua 5 pelajaran diselesaikan dan kuis lulus dengan nilai minimal 70%", in the credential's language. */
function moduleRequirement(module: CertificateModuleCriteria): string {
  const lessons = `semua ${module.lessonCount} pelajaran diselesaikan`;
  const marks = module.quizPassMarkPercents;
  if (marks.length === 0) return lessons;
  if (marks.length === 1) return `${lessons} dan kuis lulus dengan nilai minimal ${marks[0]}%`;
  return `${lessons} dan ${marks.length} kuis lulus dengan nilai minimal ${marks.map((mark) => `${mark}%`).join(', ')}`;
}

/** The Open Badges criteria narrative (Markdown), in Bahasa Indonesia like the rest of the credential. */
export function criteriaNarrative(certificate: Certificate, criteria: CertificateModuleCriteria[]): string {
  if (certificate.kind === CertificateKind.MODULE) {
    const [module] = criteria;
    return module
      ? `Modul "${certificate.title}" di Living Lab: ${moduleRequirement(module)}.`
      : `Menyelesaikan modul "${certificate.title}" di Living Lab.`;
  }
  return [
    `Menyelesaikan semua ${criteria.length} modul jalur belajar "${certificate.title}" di Living Lab:`,
    ...criteria.map((module) => `- "${module.title}": ${moduleRequirement(module)}.`),
  ].join('\n');
}

/**
 * An Open Badges 3.0 OpenBadgeCredential (a W3C Verifiable Credential, JSON-LD), every id under
 * PUBLIC_URL. The subject is named by a salted hash of the learner's e-mail (`identifier`, OB 3.0
 * requires `id` or `identifier`); the proof is the VC-JWT that `CredentialIssuer.sign` makes of it.
 */
export function openBadgeCredential(
  certificate: Certificate,
  baseUrl: string,
  criteria: CertificateModuleCriteria[],
  issuerId: string,
  identity: IdentityObject,
) {
  const verifyUrl = `${baseUrl}/verify/${certificate.code}`;
  const achievementId =
    certificate.kind === CertificateKind.MODULE ? `${baseUrl}/konten/${certificate.itemId}` : `${baseUrl}/jalur/${certificate.pathId}`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: certificate.title,
    issuer: { id: issuerId, type: ['Profile'], name: ISSUER_NAME, url: baseUrl },
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [identity],
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
        criteria: { narrative: criteriaNarrative(certificate, criteria) },
      },
    },
  };
}
