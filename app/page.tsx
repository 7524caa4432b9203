import Link from "next/link";
import { T } from "@/components/i18n/LocaleProvider";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">
        <T k="home.title" />
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        <T k="home.lead" />
      </p>
      <div className="mt-10 grid gap-6 sm:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-xl font-semibold">
            <T k="home.lessons" />
          </h2>
          <p className="mt-2 text-slate-700">
            <T k="course.home.cardSummary" />
          </p>
          <Link href="/lessons" className="mt-4 inline-block font-medium text-brand-700 underline">
            <T k="course.home.open" />
          </Link>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-xl font-semibold">
            <T k="home.exercises" />
          </h2>
          <p className="mt-2 text-slate-700">
            <T k="exercise.iris.summary" />
          </p>
          <Link href="/exercises/iris" prefetch={false} className="mt-4 inline-block font-medium text-brand-700 underline">
            <T k="home.openIris" />
          </Link>
          <br />
          <Link href="/exercises/diabetes" prefetch={false} className="mt-2 inline-block font-medium text-brand-700 underline">
            <T k="home.openDiabetes" />
          </Link>
        </section>
      </div>
    </div>
  );
}
