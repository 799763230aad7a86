import type { EntityRefFragment } from "../../../client/generated/graphql";
import { KIND_LABEL, displayName } from "../labels";
import { Link, entityPath } from "../router";

export function EntityLink({ entity, showKind = false }: { entity: EntityRefFragment; showKind?: boolean }) {
  return (
    <>
      <Link href={entityPath(entity.id)}>{displayName(entity)}</Link>
      {showKind ? <span className={`kind kind-${entity.kind.toLowerCase()}`}>{KIND_LABEL[entity.kind]}</span> : null}
    </>
  );
}
