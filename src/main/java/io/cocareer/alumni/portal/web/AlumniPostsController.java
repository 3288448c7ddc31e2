package io.cocareer.alumni.portal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.PostKind;
import io.cocareer.alumni.portal.PostView;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The talent lead's side of the portal: the posts to alumni (write, change, delete, who is
 * interested) and the referrals alumni made (status, delete).
 */
@Controller
@RequestMapping("/alumni")
class AlumniPostsController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.portal.stale");

	private final AlumniPostService posts;

	private final AlumniReferralService referrals;

	AlumniPostsController(AlumniPostService posts, AlumniReferralService referrals) {
		this.posts = posts;
		this.referrals = referrals;
	}

	@GetMapping("/posts")
	String list(Actor actor, Model model) {
		model.addAttribute("posts", this.posts.all(actor));
		return "alumni/portal/lead-posts";
	}

	@GetMapping("/posts/new")
	String newPost(Actor actor, @RequestParam(required = false) PostKind kind, Model model) {
		PostForm form = new PostForm();
		form.setKind((kind != null) ? kind : PostKind.NEWS);
		return formPage(actor, form, null, model);
	}

	@PostMapping("/posts")
	String publish(Actor actor, @Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, () -> this.posts.publish(actor, form.toCommand()));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.portal.post.published");
				return "redirect:/alumni/posts/" + created.get();
			}
		}
		return formPage(actor, form, null, model);
	}

	@GetMapping("/posts/{postId}")
	String post(Actor actor, @PathVariable UUID postId, Model model) {
		model.addAttribute("interested", this.posts.interested(actor, postId));
		model.addAttribute("post", this.posts.post(actor, postId));
		return "alumni/portal/lead-post";
	}

	@GetMapping("/posts/{postId}/edit")
	String edit(Actor actor, @PathVariable UUID postId, Model model) {
		PostView post = this.posts.post(actor, postId);
		return formPage(actor, PostForm.of(post), post, model);
	}

	@PostMapping("/posts/{postId}/edit")
	String change(Actor actor, @PathVariable UUID postId, @Valid @ModelAttribute("postForm") PostForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PostView post = this.posts.post(actor, postId);
		form.setKind(post.kind());
		if (!result.hasErrors() && PROBLEMS.saved(result,
				() -> this.posts.change(actor, postId, form.toCommand(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "alumni.portal.post.changed");
			return "redirect:/alumni/posts/" + postId;
		}
		return formPage(actor, form, post, model);
	}

	@PostMapping("/posts/{postId}/delete")
	String delete(Actor actor, @PathVariable UUID postId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.posts.delete(actor, postId))) {
			redirect.addFlashAttribute("message", "alumni.portal.post.deleted");
			return "redirect:/alumni/posts";
		}
		return "redirect:/alumni/posts/" + postId;
	}

	@GetMapping("/referrals")
	String referrals(Actor actor, @RequestParam(required = false) ReferralStatus status, Model model) {
		model.addAttribute("referrals", this.referrals.all(actor, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", List.of(ReferralStatus.values()));
		return "alumni/portal/lead-referrals";
	}

	@PostMapping("/referrals/{referralId}/status")
	String move(Actor actor, @PathVariable UUID referralId, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect,
				() -> this.referrals.move(actor, referralId, status, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "alumni.portal.referral.moved");
		}
		return "redirect:/alumni/referrals#referral-" + referralId;
	}

	@PostMapping("/referrals/{referralId}/delete")
	String deleteReferral(Actor actor, @PathVariable UUID referralId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.referrals.delete(actor, referralId))) {
			redirect.addFlashAttribute("message", "alumni.portal.referral.deleted");
		}
		return "redirect:/alumni/referrals";
	}

	private String formPage(Actor actor, PostForm form, PostView post, Model model) {
		this.posts.requireLead(actor);
		model.addAttribute("postForm", form);
		model.addAttribute("post", post);
		model.addAttribute("kinds", List.of(PostKind.values()));
		model.addAttribute("collaborationKinds", List.of(CollaborationKind.values()));
		return "alumni/portal/lead-post-form";
	}

}
