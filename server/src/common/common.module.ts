import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from './transaction';

/** Cross-cutting helpers every feature may inject: the transaction runner. */
@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class CommonModule {}
