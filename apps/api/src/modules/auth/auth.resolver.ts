import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';

export const SESSION_COOKIE = 'kinerja_session';

@ObjectType()
export class LoginResult {
  @Field(() => String, {
    description: 'Bearer token for API clients; browsers use the httpOnly cookie instead.',
  })
  token!: string;

  @Field(() => Employee)
  employee!: Employee;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description:
      'Signs in with NIP and password; sets the session cookie. Repeated failures are slowed, then locked.',
  })
  async login(
    @Arg('nip', () => String) nip: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const { token, employee, expiresAt } = await ctx.auth.login(nip.trim(), password, {
      ip: ctx.request.ip ?? null,
      userAgent: ctx.request.headers['user-agent'] ?? null,
      requestId: ctx.requestId,
    });
    ctx.reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      path: '/',
      expires: expiresAt,
    });
    // The rest of this request (the fields of `employee`) is answered as the signed-in person.
    ctx.viewer = await ctx.auth.authenticate(token);
    return { token, employee };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.auth.logout(ctx.scope().viewer, ctx.requestId);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
