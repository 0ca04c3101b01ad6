import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum RegionKind {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
  CITY = 'CITY',
}
registerEnumType(RegionKind, { name: 'RegionKind', description: 'Provinsi, kabupaten or kota.' });

/** A province or kabupaten/kota with its official Kemendagri code (loaded from idn-area-data). */
@ObjectType()
@Entity('regions')
export class Region {
  @Field({ description: 'Kemendagri code: 32 for a province, 32.11 for a kabupaten/kota.' })
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Field({ description: 'Display name, e.g. "Kabupaten Sumedang".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'Name as published in the official data, e.g. "KABUPATEN SUMEDANG".' })
  @Column({ name: 'official_name', type: 'varchar', length: 100 })
  officialName: string;

  @Field(() => RegionKind)
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind' })
  kind: RegionKind;

  @Field(() => String, { nullable: true, description: 'The province of a kabupaten/kota.' })
  @Index('regions_province_code_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 5, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province?: Region;
}
