import { CommonErrorReason, UsersErrorReason } from '@living-lab/shared';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, DomainErrorCode } from './domain-error';
import { formatGraphqlError, graphqlCodeFor } from './graphql-error-formatter';

describe('formatGraphqlError', () => {
  it('keeps a domain error’s code and reason, with the reason as the message (no prose)', () => {
    const error = new GraphQLError('wrapped', { originalError: new ConflictError(UsersErrorReason.EMAIL_TAKEN), path: ['register'] });
    expect(formatGraphqlError({ message: 'wrapped', path: ['register'] }, error, jest.fn())).toEqual({
      message: 'EMAIL_TAKEN',
      path: ['register'],
      extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN' },
    });
  });

  it('passes on the parameters and field issues of a domain error', () => {
    const original = new BadUserInputError(CommonErrorReason.INVALID_PAGE, {
      params: { max: 100 },
      fields: [{ field: 'limit', message: 'field.invalid' }],
    });
    const formatted = formatGraphqlError({ message: 'x' }, new GraphQLError('x', { originalError: original }), jest.fn());
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE',
      params: { max: 100 },
      fields: [{ field: 'limit', message: 'field.invalid' }],
    });
  });

  it('hides a database error behind a generic INTERNAL_SERVER_ERROR and logs it', () => {
    const sqlError = new QueryFailedError('SELECT * FROM users WHERE secret', [], new Error('relation "users" does not exist'));
    const log = jest.fn();
    const formatted = formatGraphqlError(
      { message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError(sqlError.message, { originalError: sqlError }),
      log,
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|users|stacktrace/);
    expect(log).toHaveBeenCalledWith(sqlError);
  });

  it('reports a value PostgreSQL cannot parse (an id that is not a uuid) as BAD_USER_INPUT, without SQL', () => {
    const error = new QueryFailedError(
      'SELECT * FROM content_items WHERE id = $1',
      ['abc'],
      Object.assign(new Error('invalid input syntax for type uuid: "abc"'), { code: '22P02' }),
    );
    const formatted = formatGraphqlError({ message: error.message }, new GraphQLError(error.message, { originalError: error }), jest.fn());
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' });
    expect(formatted.message).not.toMatch(/SELECT|uuid/);
  });

  it('keeps the message of a malformed operation', () => {
    const formatted = formatGraphqlError(
      { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "nope" on type "Query".'),
      jest.fn(),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(formatted.message).toContain('nope');
  });

  it('maps every domain error code', () => {
    expect(Object.values(DomainErrorCode).map(graphqlCodeFor)).toEqual([
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
    ]);
  });
});
