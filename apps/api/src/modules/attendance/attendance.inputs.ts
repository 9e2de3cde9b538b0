import { Field, Float, ID, InputType } from 'type-graphql';
import { AtLeast, AtMost } from '../../common/validation.js';

/** A check-in or check-out from the app: where the phone is, how sure it is, and the selfie. */
@InputType({ description: 'A check-in or check-out from the app (the time is the server’s).' })
export class CheckInput {
  @Field(() => Float)
  @AtLeast(-90)
  @AtMost(90)
  latitude!: number;

  @Field(() => Float)
  @AtLeast(-180)
  @AtMost(180)
  longitude!: number;

  @Field(() => Float, { description: 'The accuracy the phone reports, in metres (≥ 0).' })
  @AtLeast(0)
  accuracyMetres!: number;

  @Field(() => ID, { description: 'The selfie: an image the caller uploaded (POST /uploads).' })
  photoId!: string;
}
