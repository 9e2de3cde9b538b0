import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PlaceKind {
  OFFICE = 'OFFICE',
  HOME = 'HOME',
  TRAVEL = 'TRAVEL',
}

registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description:
    'OFFICE: an office of the unit; HOME: home on an approved work-from-home day; TRAVEL: the destination of approved official travel.',
});

@ObjectType({ description: 'A place where a check-in counts as inside (a circle).' })
export class Place {
  @Field(() => ID, {
    nullable: true,
    description: 'The office location or the request the place comes from.',
  })
  sourceId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Int)
  radiusMetres!: number;

  @Field(() => PlaceKind)
  kind!: PlaceKind;
}
