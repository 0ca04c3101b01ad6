import { CommonErrorReason } from '@living-lab/shared';
import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/domain-error';

/** One pagination style everywhere: offset pages of `{ items, totalCount }`, page size capped. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Items to skip.' })
  offset = 0;

  @Field(() => Int, { defaultValue: 25, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  limit = 25;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export function Paginated<T>(itemType: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageType as unknown as Type<Page<T>>;
}

/** Checks a page request; a limit above the cap is an input error, not silently shortened. */
export function pageWindow(args: PageArgs): { skip: number; take: number } {
  if (!Number.isInteger(args.offset) || args.offset < 0) {
    throw new BadUserInputError(CommonErrorReason.INVALID_PAGE, { fields: [{ field: 'offset', message: 'field.invalid' }] });
  }
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(CommonErrorReason.INVALID_PAGE, {
      params: { max: MAX_PAGE_SIZE },
      fields: [{ field: 'limit', message: 'field.invalid' }],
    });
  }
  return { skip: args.offset, take: args.limit };
}
